stub: upstream file of 10601 bytes
