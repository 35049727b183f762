stub: upstream file of 13726 bytes
