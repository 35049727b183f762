stub: upstream file of 48079 bytes
