stub: upstream file of 4358 bytes
