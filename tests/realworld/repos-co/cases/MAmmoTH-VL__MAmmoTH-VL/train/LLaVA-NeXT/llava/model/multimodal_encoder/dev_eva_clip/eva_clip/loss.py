stub: upstream file of 5623 bytes
