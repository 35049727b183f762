stub: upstream file of 24757 bytes
