stub: upstream file of 24130 bytes
