stub: upstream file of 12069 bytes
