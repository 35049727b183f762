stub: upstream file of 20074 bytes
