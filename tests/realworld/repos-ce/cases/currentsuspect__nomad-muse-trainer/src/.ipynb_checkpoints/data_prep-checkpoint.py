stub: upstream file of 13765 bytes
