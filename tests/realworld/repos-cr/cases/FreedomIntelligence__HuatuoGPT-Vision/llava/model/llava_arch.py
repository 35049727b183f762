stub: upstream file of 27477 bytes
