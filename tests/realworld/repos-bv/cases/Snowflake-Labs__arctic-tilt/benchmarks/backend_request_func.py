stub: upstream file of 19227 bytes
