stub: upstream file of 18392 bytes
