stub: upstream file of 41464 bytes
