stub: upstream file of 11002 bytes
