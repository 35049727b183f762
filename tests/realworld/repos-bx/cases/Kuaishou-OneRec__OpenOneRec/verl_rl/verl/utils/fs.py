stub: upstream file of 10444 bytes
