stub: upstream file of 9722 bytes
