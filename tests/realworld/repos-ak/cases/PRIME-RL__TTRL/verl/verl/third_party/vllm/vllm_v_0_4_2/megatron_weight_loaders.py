stub: upstream file of 14670 bytes
