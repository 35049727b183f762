stub: upstream file of 2943 bytes
