stub: upstream file of 42622 bytes
