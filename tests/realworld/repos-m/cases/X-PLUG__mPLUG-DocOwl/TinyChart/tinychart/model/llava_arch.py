stub: upstream file of 18847 bytes
