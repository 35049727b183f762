stub: upstream file of 39708 bytes
