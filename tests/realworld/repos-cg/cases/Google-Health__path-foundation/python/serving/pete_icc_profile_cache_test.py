stub: upstream file of 29866 bytes
