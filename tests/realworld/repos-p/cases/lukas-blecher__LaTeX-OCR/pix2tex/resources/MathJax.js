stub: upstream file of 523444 bytes
