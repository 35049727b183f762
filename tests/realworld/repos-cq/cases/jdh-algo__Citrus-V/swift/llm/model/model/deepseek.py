stub: upstream file of 13080 bytes
