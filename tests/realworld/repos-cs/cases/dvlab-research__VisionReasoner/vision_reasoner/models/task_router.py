stub: upstream file of 4787 bytes
