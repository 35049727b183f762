stub: upstream file of 39527 bytes
