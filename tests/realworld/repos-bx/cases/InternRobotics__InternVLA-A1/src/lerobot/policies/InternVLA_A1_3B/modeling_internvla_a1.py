stub: upstream file of 50814 bytes
