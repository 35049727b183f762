stub: upstream file of 127227 bytes
