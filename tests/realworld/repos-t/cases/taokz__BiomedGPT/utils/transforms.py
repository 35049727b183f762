stub: upstream file of 18520 bytes
