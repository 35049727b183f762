stub: upstream file of 14183 bytes
