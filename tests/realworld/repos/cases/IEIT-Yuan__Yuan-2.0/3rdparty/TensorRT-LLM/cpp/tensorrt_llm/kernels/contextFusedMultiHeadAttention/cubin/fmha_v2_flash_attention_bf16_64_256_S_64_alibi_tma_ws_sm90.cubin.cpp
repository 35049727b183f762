stub: upstream file of 2461130 bytes
