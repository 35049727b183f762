stub: upstream file of 18590 bytes
