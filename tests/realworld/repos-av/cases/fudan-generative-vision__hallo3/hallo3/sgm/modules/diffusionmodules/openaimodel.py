stub: upstream file of 46920 bytes
