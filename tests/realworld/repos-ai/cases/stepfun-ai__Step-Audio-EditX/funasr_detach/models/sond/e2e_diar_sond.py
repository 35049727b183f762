stub: upstream file of 24535 bytes
