stub: upstream file of 18933 bytes
