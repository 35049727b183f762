stub: upstream file of 20598 bytes
