stub: upstream file of 19698 bytes
