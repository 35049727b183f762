stub: upstream file of 12164 bytes
