stub: upstream file of 32232 bytes
