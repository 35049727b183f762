stub: upstream file of 22074 bytes
