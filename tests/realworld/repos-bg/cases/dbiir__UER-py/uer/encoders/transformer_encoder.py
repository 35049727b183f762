stub: upstream file of 4376 bytes
