stub: upstream file of 31549 bytes
