stub: upstream file of 8631 bytes
