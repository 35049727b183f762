stub: upstream file of 6804 bytes
