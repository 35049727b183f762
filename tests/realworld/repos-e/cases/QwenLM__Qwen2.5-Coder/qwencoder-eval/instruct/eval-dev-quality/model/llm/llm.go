stub: upstream file of 13698 bytes
