stub: upstream file of 31733 bytes
