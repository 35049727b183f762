stub: upstream file of 389142 bytes
