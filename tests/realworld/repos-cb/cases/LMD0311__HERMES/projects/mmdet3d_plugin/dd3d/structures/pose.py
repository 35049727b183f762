stub: upstream file of 4919 bytes
