stub: upstream file of 17655 bytes
