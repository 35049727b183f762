stub: upstream file of 11596 bytes
