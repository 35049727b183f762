stub: upstream file of 27698 bytes
