stub: upstream file of 68278 bytes
