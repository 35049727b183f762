stub: upstream file of 3843 bytes
