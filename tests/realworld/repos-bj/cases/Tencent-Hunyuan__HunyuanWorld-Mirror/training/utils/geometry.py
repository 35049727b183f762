stub: upstream file of 27778 bytes
